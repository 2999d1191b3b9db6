{ imports = [ ./secrets ]; }
