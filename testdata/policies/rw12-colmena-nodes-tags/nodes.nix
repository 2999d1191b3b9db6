{
  alpha = { targetHost = "alpha.example.net"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJkzQPNWgJQUKbFhzhmG1qMmMaWoxRqNJ7j3si5+tPrz root@h3"; tags = [ "web" "backup" ]; };
  bravo = { targetHost = "bravo.example.net"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHgyScdNu1bU1xYesYXbw1uscb6EhEFIuDC3UOVIo9/d root@h4"; tags = [ "web" ]; };
  charlie = { targetHost = "charlie.example.net"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIML3g/5oVoI9wnYOgRmo4IOl0mzbOwDsyNhWUPxQgr1h root@h5"; tags = [ "db" "backup" ]; };
  delta = { targetHost = "10.0.0.14"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq8mwZzDSxeqiWoltStAlmbeqtpqkl0C/CEP7D22fnr root@h6"; tags = [ "mail" ]; };
  echo = { targetHost = "echo.example.net"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE3dxVcs+TOc1BHemUT0ORqxhzIWrxqAUd8bosEUmyW5 root@h7"; tags = [ "db" ]; };
}
