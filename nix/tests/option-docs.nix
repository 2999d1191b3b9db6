# The module's options as documentation would list them, with the names of
# those that lack a description (scripts/test-nix.sh requires none).
{ flake-parts, secrets-lsp, lib }:
let
  eval = flake-parts.lib.evalFlakeModule
    { inputs.self = { outPath = "/nonexistent"; inputs = { }; }; }
    { imports = [ secrets-lsp.flakeModules.default ]; systems = [ ]; };
  docs = lib.optionAttrSetToDocList (eval.options.flake.type.getSubOptions [ "flake" ]);
  ours = builtins.filter
    (o: o.visible && !o.internal && (lib.hasPrefix "flake.secrets" o.name || o.name == "flake.sopsYaml"))
    docs;
in
{
  names = map (o: o.name) ours;
  undocumented = map (o: o.name) (builtins.filter (o: o.description or null == null || o.description == "") ours);
}
