{
  meta = { nixpkgs = throw "not needed for the policy"; };
  router = { deployment = { targetHost = "10.0.0.1"; tags = [ "edge" "secrets" ]; keys.hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; }; };
  nas = { deployment = { targetHost = "10.0.0.2"; tags = [ "storage" "secrets" ]; keys.hostKey = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }; };
  printer = { deployment = { targetHost = "10.0.0.3"; tags = [ "misc" ]; keys.hostKey = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }; };
}
