print("never compiled")
