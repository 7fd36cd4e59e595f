"""Qt Linguist translations, installed as ``moatdesk.translations`` (.ts sources, .qm builds)."""
