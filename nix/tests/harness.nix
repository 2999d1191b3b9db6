# Evaluates flakes the way `nix eval .#secrets` would, without the flake
# machinery (Nix 2.8 has none offline): a flake's `outputs` is called with stub
# inputs. Used by scripts/test-nix.sh, scripts/gen-golden.sh and the flake's
# own `checks.policies`.
#
#   flake-parts, secrets-lsp: the inputs handed to every evaluated flake
#     (flake outputs); ./from-checkouts.nix builds them from checkouts.
#   nixpkgs: the `nixpkgs` input, by default one that fails when used
#     (./stub-nixpkgs.nix stands in for the parts the module's app uses).
{ flake-parts, secrets-lsp, nixpkgs ? null }:
let
  # Calls a flake's outputs like Nix does and returns what an input (or
  # `self`) is: the outputs plus outPath (the flake's directory), inputs. A flake may only use the
  # inputs given here; nixpkgs is never needed to evaluate a policy.
  callFlake = dir:
    let
      flake = import (dir + "/flake.nix");
      inputs = {
        inherit self flake-parts secrets-lsp;
        nixpkgs = if nixpkgs != null then nixpkgs
          else throw "nixpkgs is not available when evaluating ${toString dir} offline";
      };
      outputs = flake.outputs inputs;
      self = outputs // { outPath = toString dir; inherit inputs outputs; _type = "flake"; };
    in
    self;

  # JSON with two-space indentation: the same value `nix eval --json` prints,
  # readable in diffs. Keys in attrNames (byte) order, like Nix.
  prettyJSON =
    let
      go = indent: v:
        let inner = indent + "  "; in
        if builtins.isAttrs v then
          if v == { } then "{}"
          else "{\n" + builtins.concatStringsSep ",\n"
            (map (k: "${inner}${builtins.toJSON k}: ${go inner v.${k}}") (builtins.attrNames v))
            + "\n${indent}}"
        else if builtins.isList v then
          if v == [ ] then "[]"
          else "[\n" + builtins.concatStringsSep ",\n" (map (x: "${inner}${go inner x}") v) + "\n${indent}]"
        else builtins.toJSON v;
    in
    v: go "" v + "\n";

  # Whether an error.txt holds an error tryEval cannot catch (by its first
  # line): Nix 2.8 catches throw and assert only; errors of the parser and of
  # the evaluator itself end the evaluation.
  uncatchable = text:
    builtins.match "(syntax error|undefined variable|attribute '[^']*' (already defined at|missing)|dynamic attribute '[^']*' already defined at|dynamic attributes not allowed|duplicate formal function argument|infinite recursion encountered|(anonymous function|'[^']*') at .* called (without|with unexpected)|value is .* while .* was expected|cannot coerce|evaluation aborted|getting status of|opening file|opening directory|invalid regular expression|attempt to call something which is not a function|'from' and 'to' arguments|cannot create list of size|negative start position|unknown hash algorithm|\\[json\\.exception|while parsing a TOML string|division by zero|list index|reading from file|attribute '[^']*' required|string '.*' doesn't represent an absolute path).*"
      (builtins.head (builtins.split "\n" text)) != null;
in
{
  inherit callFlake prettyJSON flake-parts secrets-lsp;

  # What a golden vector records for a valid case.
  secretsJSON = dir: prettyJSON (callFlake dir).secrets;
  sopsYaml = dir: (callFlake dir).sopsYaml;

  # Compares a case with its golden files: true, or a throw naming the drift.
  # Error cases can only be checked for failing here (Nix cannot catch a
  # message); scripts/test-nix.sh compares their texts.
  matchesGolden = dir:
    let
      outputs = callFlake dir;
      has = f: builtins.pathExists (dir + "/${f}");
      read = f: builtins.readFile (dir + "/${f}");
    in
    # Only scripts/test-nix.sh, evaluating each case on its own, checks
    # the cases whose error tryEval cannot catch.
    if has "error.txt" && uncatchable (read "error.txt") then
      true
    else if has "error.txt" then
      !(builtins.tryEval (builtins.deepSeq [ outputs.secrets outputs.sopsYaml ] true)).success
      || throw "${toString dir}: evaluates, but error.txt says it fails"
    else
      (builtins.fromJSON (read "secrets.json") == outputs.secrets
        || throw "${toString dir}: secrets differ from secrets.json")
      && (read "sops.yaml" == outputs.sopsYaml
        || throw "${toString dir}: sopsYaml differs from sops.yaml");
}
