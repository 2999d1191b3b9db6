{
  flake.inventory.db = "age1ynxe2z5sg86r029qzx2nxy6qefvjrg5j9rj4mwgmj4taakdauues2kqr6n";
}
