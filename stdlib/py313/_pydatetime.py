# CPython 3.13: date, time and datetime support copy.replace() through __replace__, which takes
# the same keywords as their replace() method.
date.__replace__ = date.replace
time.__replace__ = time.replace
datetime.__replace__ = datetime.replace
