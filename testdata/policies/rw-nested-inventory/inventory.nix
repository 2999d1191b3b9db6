# region -> datacenter -> rack -> host = key
{
  eu = {
    fra = {
      r1 = { fra-r1-a = "age1hlefyhk06ff286w5ccat9qzjdgyxcggxnrum45rxx52fye305f9qaexrpr"; fra-r1-b = "age1cyrj93k2k22ejsc7pnkjgctt4cuxa67048pvesp2ejq0hv906cgqk8pcxs"; };
      r2 = { fra-r2-a = "age1yxdcga8cuvr6dyc5ct8f24gg97rx3m6tvsr5gh20jhhm369ehsms949hcy"; };
    };
    ams.r1 = { ams-r1-a = "age1n5fwjmwrqedhu9ns2w4xqedvvzkn82casep92npetlwf0pa3y50q44gjqr"; };
  };
  us = {
    nyc = {
      r7 = { nyc-r7-a = "age10prkp525p9u35zxxk2gpky7y7q0ryrgrs37ttflq778mljsk79dq60qff0"; nyc-r7-b = "age1ssucjrn9gj0zsk05pwd8sxr48vx0ccquajys24e6vx9wrtscgsdqukxr55"; nyc-r7-c = "age10890dydkru422679wkh8pwcdl83dp985l54dug9tpr4v8anmkatqqwd5dk"; };
    };
  };
}
