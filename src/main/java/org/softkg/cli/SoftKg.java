package org.softkg.cli;

public final class SoftKg {
    public static void main(String[] args) {
        System.out.println("softkg " + Runtime.version());
    }
}
