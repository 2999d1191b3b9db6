{ lib, ... }: { oncall = [ "max" "lou" ]; people.lou = lib.mkForce "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
