{
  people = {
    pat = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj";
    quinn = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p";
    ravi = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a";
  };
  hosts = {
    sso1 = "age1j82hp0jmwuedz4ngsjxcx892w4p77ek88l067lmv68p6dsvxxp7snfa64k";
    sso2 = "age1qwl9dje2af2r50hdzeffn99093hve8lfwnvm059trtdep7gszd0qd6vkws";
    git1 = "age1vwvhzlyjxh9s9f4tp0lha5q97s0y5k3ytnwnxce35jv5t30j0u2qkry7ed";
    chat1 = "age1yx9ppj5p98vxf2knkmpvvme3uv2pf0nv4k2kykdjfv2nx6zsmu2qnhvjn0";
    s3-1 = "age15ydjjqzst0r9w82ngcj2qxeyzpgrq4hlayhnxuztaz5yz62cvp9spmadf5";
    s3-2 = "age1eak70rfndnn0gqk5tdjed07eqvwq20aut0etyjhje5jclurwg4cqxv54tt";
    s3-3 = "age14qs443r53u9f8s90nzzunvw2mtrc85aua2wmn04ygj804jsv0qzs3lcgsl";
  };
}
