{
  eu = {
    fra1 = { edge1 = "age1en2equ9yfdwwlwl5f45cvd6vz57zxeffyk4lwxd9cm2v0a3qfvwqmy4wn4"; edge2 = "age14d9ky6ptyxgu9h0sqrned0rfupnc4w984s723u6tx20f6g3pyf2shzeefs"; core1 = "age1wl5cump2dgnpptfgvlqepct3mrsmqyjwz5wvv93ure6m7t348phs8m0qen"; };
    ams1 = { edge1 = "age1nfhd6qfynvwyle9enmqf0xgtcug24p59f6xrufu5hkj5kwu39ytqy45gmv"; core1 = "age1hzk4yspchk6zswr7ytqd4zvzp4n4clzxulhmtua2eptva6hgwets0pq8cy"; };
  };
  us = {
    iad1 = { edge1 = "age1htzvcp0hc9f2lvuhnd7zy4pl8wnqea924dqy665um8xy67dcgfgqldr2lw"; edge2 = "age1ehl6jh8cd7ynm4dy6zfg92tv8ylchm9788ee68ul7d0eekx275nq5jhzqc"; };
    sjc1 = { edge1 = "age168hykjs5zrxqxlmsp53yq2dt87s4p20p2ys8xydmeu5tv9y0hq7snkdssk"; };
  };
}
