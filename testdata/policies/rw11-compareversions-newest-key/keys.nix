{
  ana = { "2023.4" = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; "2024.1" = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; "2024.10" = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; "2024.9" = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; };
  ben = { "1" = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
  cai = { "2022.12" = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; "2023.2" = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; };
}
