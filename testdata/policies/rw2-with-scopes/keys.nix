rec {
  people = {
    ivy = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj";
    age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; # jun's key, named after the field it fills
  };
  backupFingerprint = "AAAABBBBCCCCDDDDEEEEFFFF0000111122223333";
  servers = {
    vpn = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a";
    mail = people.ivy;
  };
}
