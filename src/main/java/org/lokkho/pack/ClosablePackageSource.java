package org.lokkho.pack;

/** A package source that holds something open (the app's database) until closed. */
public interface ClosablePackageSource extends PackageSource, AutoCloseable {
    @Override
    void close();
}
