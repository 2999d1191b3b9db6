{ keyFiles = [ "keys/people/yuki.pub" ]; hostKeyFiles = [ ./keys/hosts/build02.pub ]; }
