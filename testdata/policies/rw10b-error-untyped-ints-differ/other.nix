{ generation = 3; }
