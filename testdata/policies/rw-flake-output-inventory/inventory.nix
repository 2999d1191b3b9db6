# Published so that deploy tooling can read it too: nix eval .#inventory --json
{
  flake.inventory = {
    admins = { ops = "age17dnktuh43c2lh89l38p3edl0ftfxxh0xw3djjntktfty2uv4vuyq225a93"; };
    hosts = { web = "age1yh52lrj3c5y5ga405ud2n5hk8fhplgcex3f7e8uvjq37quc7hpnqekxyz8"; db = "age1eyj9j6dxfet84a0gs79uwm9hk559c8dhalmqwf8z9yvaqztdsyks3935f3"; };
  };
}
