{
  ams = {
    rack1 = {
      ams-r1-s1 = { key = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; gpu = false; };
      ams-r1-s2 = { key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; gpu = true; };
    };
    rack2 = {
      ams-r2-s1 = { key = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; gpu = false; };
    };
  };
  sfo = {
    rack1 = {
      sfo-r1-s1 = { key = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; gpu = true; };
    };
  };
}
