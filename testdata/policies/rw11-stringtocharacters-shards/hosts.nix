[
  { name = "alder"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }
  { name = "oak"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
  { name = "maple"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
  { name = "willow"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
  { name = "birch"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
]
