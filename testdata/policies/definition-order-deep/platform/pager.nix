{
  flake.secrets.prod.recipients.admins = [ { name = "pager"; age = "age1wgjd0qrrs6r37at3jfz4rraddm8gere6smjutt36pu9ecksuveksfx7v7s"; } ];
}
