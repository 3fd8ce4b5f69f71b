

   
# c

