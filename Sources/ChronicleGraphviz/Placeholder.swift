// build scaffold
