{
  flake.secrets.prod.recipients.targets = [
    { name = "lb1"; age = "age1eg9qwugntuvlpaewa7n7k8x7e5s9fv2pwtn0lykw2tngvdmjp4yqdx37um"; }
    { name = "lb2"; age = "age1vcaxpjd3pf02k3rzh0jrrk89qyxcpmt9mh3umdyt7awaux3htqrszzqdj9"; }
    { name = "store"; age = "age1dp2h265cc4t0hh6rsnvmtjj3tctf6djqwpht4c3fzth678nru3jsdyrt32"; }
  ];
}
