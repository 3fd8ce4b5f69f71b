x = (1 +

  # comment
     2)
y = [
]
if x:
    pass
    # dedent comment

  # weird indent comment
z = 3
