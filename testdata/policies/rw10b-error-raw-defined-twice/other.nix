{ adminList = [ "bo" ]; }
