# Seed for the parser fuzz test: line continuations, indentation, comments.
total = first_value + \
        second_value
items = [
    1,  # comment
    2,
]
if x: y = 1; z = 2
def f(): return 1
class C: pass
	# a tab-indented comment
if True:
	tabbed = 1
	if nested:
		deeper = 2
s = 'a' \
    'b'
