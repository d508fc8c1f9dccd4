open module jkeychain {
    exports pt.davidafsilva.apple;
}
