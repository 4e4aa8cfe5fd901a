print("petition")
