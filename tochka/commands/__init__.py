"""Project commands (COMMANDS_MODULE = "tochka.commands"): mongo_replay, mongo_query."""
