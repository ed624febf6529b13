package com.partvote.bootstrap.browser;

/**
 * The two screens a club member uses: a laptop, and the smallest phone the stylesheet is made for
 * (360 CSS pixels wide, as the cheaper Android phones are). The name ends each screenshot's file.
 */
enum Viewport {
    DESKTOP(1280, 800, "desktop"),
    PHONE(360, 740, "phone");

    final int width;
    final int height;
    final String label;

    Viewport(int width, int height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    Viewport other() {
        return this == DESKTOP ? PHONE : DESKTOP;
    }
}
