{ lb1 = "lb"; db1 = "db"; db2 = "db"; }
