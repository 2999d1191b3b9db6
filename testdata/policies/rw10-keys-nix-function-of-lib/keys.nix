{ lib }:
let
  hostKeys = { web-a = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; web-b = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; pg-1 = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; };
in
rec {
  people = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  hosts = lib.mapAttrsToList (name: age: { inherit name age; }) hostKeys;
  webHosts = lib.filter (lib.hasPrefix "web-") (lib.attrNames hostKeys);
  roles = lib.genAttrs [ "web" "db" ] (r: if r == "web" then webHosts else [ "pg-1" ]);
}
