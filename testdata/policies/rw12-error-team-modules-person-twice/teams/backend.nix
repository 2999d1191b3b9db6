{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "be-1"; age = "age15ydjjqzst0r9w82ngcj2qxeyzpgrq4hlayhnxuztaz5yz62cvp9spmadf5"; }
      { name = "be-2"; age = "age1eak70rfndnn0gqk5tdjed07eqvwq20aut0etyjhje5jclurwg4cqxv54tt"; }
    ];
    recipients.targets = [
      { name = "api-1"; age = "age14qs443r53u9f8s90nzzunvw2mtrc85aua2wmn04ygj804jsv0qzs3lcgsl"; }
      { name = "api-2"; age = "age1lytcqsw23ak35jew3q2py4nq4ywjxgp80awsamrxykl6xhv6gfvseteays"; }
    ];
    secret.api-jwt.targets = [ "api-1" "api-2" ];
  };
}
