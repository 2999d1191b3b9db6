# A recipient written as a module: its `key` is taken by the module system as the module's own key.
{ ... }: {
  name = "bob";
  key = "age1yxdcga8cuvr6dyc5ct8f24gg97rx3m6tvsr5gh20jhhm369ehsms949hcy";
}
