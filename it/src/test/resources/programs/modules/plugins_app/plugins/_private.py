raise RuntimeError("modules starting with an underscore are never loaded")
