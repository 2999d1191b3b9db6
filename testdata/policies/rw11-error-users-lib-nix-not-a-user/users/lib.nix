{ lib }: {
  mkUser = name: keys: { inherit name keys; };
}
