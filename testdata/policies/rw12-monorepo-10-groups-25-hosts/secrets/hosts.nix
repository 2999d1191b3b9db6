{
  checkout-prod-1 = "age1j82hp0jmwuedz4ngsjxcx892w4p77ek88l067lmv68p6dsvxxp7snfa64k";
  checkout-prod-2 = "age1qwl9dje2af2r50hdzeffn99093hve8lfwnvm059trtdep7gszd0qd6vkws";
  checkout-prod-3 = "age1vwvhzlyjxh9s9f4tp0lha5q97s0y5k3ytnwnxce35jv5t30j0u2qkry7ed";
  checkout-staging-1 = "age1yx9ppj5p98vxf2knkmpvvme3uv2pf0nv4k2kykdjfv2nx6zsmu2qnhvjn0";
  checkout-staging-2 = "age15ydjjqzst0r9w82ngcj2qxeyzpgrq4hlayhnxuztaz5yz62cvp9spmadf5";
  catalog-prod-1 = "age1eak70rfndnn0gqk5tdjed07eqvwq20aut0etyjhje5jclurwg4cqxv54tt";
  catalog-prod-2 = "age14qs443r53u9f8s90nzzunvw2mtrc85aua2wmn04ygj804jsv0qzs3lcgsl";
  catalog-prod-3 = "age1lytcqsw23ak35jew3q2py4nq4ywjxgp80awsamrxykl6xhv6gfvseteays";
  catalog-staging-1 = "age1ckn6k07cw63d37ep3n903yvc23fwga9942gggfcnzzgaw3cqfqwqsks3uh";
  catalog-staging-2 = "age1xjuvl8k04nry35cxjeep7kwh9mxg7jlshp5rpwegqhtwrmhphgfqh5jk7j";
  accounts-prod-1 = "age1shn3jkge5ztr7kakgqk2y302sxx8z8vhmwzhvamt09gzlyg6rvustxydj8";
  accounts-prod-2 = "age19d75tpf8rfc47k65gpl4v85e76e0xfc4ngken7jhcemf9cf2quzqy60z62";
  accounts-prod-3 = "age1wz7mm25ffw94xxleg5a680v3arfydvelpge8zs64wnc22uy64usq0cer53";
  accounts-staging-1 = "age1en2equ9yfdwwlwl5f45cvd6vz57zxeffyk4lwxd9cm2v0a3qfvwqmy4wn4";
  accounts-staging-2 = "age14d9ky6ptyxgu9h0sqrned0rfupnc4w984s723u6tx20f6g3pyf2shzeefs";
  notifications-prod-1 = "age1wl5cump2dgnpptfgvlqepct3mrsmqyjwz5wvv93ure6m7t348phs8m0qen";
  notifications-prod-2 = "age1nfhd6qfynvwyle9enmqf0xgtcug24p59f6xrufu5hkj5kwu39ytqy45gmv";
  notifications-prod-3 = "age1hzk4yspchk6zswr7ytqd4zvzp4n4clzxulhmtua2eptva6hgwets0pq8cy";
  notifications-staging-1 = "age1htzvcp0hc9f2lvuhnd7zy4pl8wnqea924dqy665um8xy67dcgfgqldr2lw";
  notifications-staging-2 = "age1ehl6jh8cd7ynm4dy6zfg92tv8ylchm9788ee68ul7d0eekx275nq5jhzqc";
  analytics-prod-1 = "age168hykjs5zrxqxlmsp53yq2dt87s4p20p2ys8xydmeu5tv9y0hq7snkdssk";
  analytics-prod-2 = "age1fx82v7xa2hwl4k8lkuxcsrnsjvta53dqx38y6pd02unjd3c285hs898u5a";
  analytics-prod-3 = "age1wr0d2ynqjmyfwza4z7ave57d2qjans7skj7knfkkzqmkrqqrdspql77fwg";
  analytics-staging-1 = "age1acxa82j6vdldclehew2dq42pf7y9gnnz8sx8kmrf742vrruvtg2qjuu0fz";
  analytics-staging-2 = "age18gefm6vurd909q0afvgmkmxh3mfx9kww7t34l6af0mmk8xmg3qzsu5t5qz";
}
