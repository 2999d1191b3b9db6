{
  users = {
    sara = "age1nfhd6qfynvwyle9enmqf0xgtcug24p59f6xrufu5hkj5kwu39ytqy45gmv";
    tim = "age1hzk4yspchk6zswr7ytqd4zvzp4n4clzxulhmtua2eptva6hgwets0pq8cy";
    uwe = "age1htzvcp0hc9f2lvuhnd7zy4pl8wnqea924dqy665um8xy67dcgfgqldr2lw";
  };
  hosts = {
    p1 = "age1ehl6jh8cd7ynm4dy6zfg92tv8ylchm9788ee68ul7d0eekx275nq5jhzqc";
    p2 = "age168hykjs5zrxqxlmsp53yq2dt87s4p20p2ys8xydmeu5tv9y0hq7snkdssk";
    t1 = "age1fx82v7xa2hwl4k8lkuxcsrnsjvta53dqx38y6pd02unjd3c285hs898u5a";
  };
}
