if x:
	if y:
		pass
	else:
		 pass
z = 1
w = 2
if a:
        b
        c
