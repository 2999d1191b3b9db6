{ lib, ... }:
with lib.modules;
{
  flake.secrets.d.recipients.admins = mkMerge [
    (mkOrder 1500 [ { name = "late-1"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ])
    (mkIf true (mkBefore [ { name = "early"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ]))
    (mkAfter [ { name = "late-2"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ])
  ];
}
