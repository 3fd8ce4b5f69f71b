import sys

def main():
    print("exiting with 3")
    sys.exit(3)

if __name__ == "__main__":
    main()
