Route #1: 7
Route #2: 5 6
Route #3: 3 4
Route #4: 1 2
Cost 392
