"""The operations a user performs, one transaction each; the ui and the cli call them."""
