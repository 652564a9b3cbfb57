package io.tropo4j.deploy.release;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Git's system-wide configuration found as git finds it, without running git: JGit's own reader runs
 * {@code git --version} and {@code git config --system --list} to learn where the file is, about 60 ms
 * of every deploy. {@code GIT_CONFIG_NOSYSTEM} leaves it out, {@code GIT_CONFIG_SYSTEM} names it, and
 * otherwise it is {@code /etc/gitconfig}, where git installed under {@code /usr} keeps it (a git of
 * another prefix whose file sets what a release's status depends on, such as {@code core.autocrlf},
 * is named by {@code GIT_CONFIG_SYSTEM}).
 */
final class SystemConfig extends SystemReader.Delegate {
  private static boolean installed;

  private SystemConfig(SystemReader reader) {
    super(reader);
  }

  /** Makes JGit read the system configuration this way from now on, in this process. */
  static synchronized void install() {
    if (!installed) {
      SystemReader.setInstance(new SystemConfig(SystemReader.getInstance()));
      installed = true;
    }
  }

  @Override
  public FileBasedConfig openSystemConfig(Config parent, FS fs) {
    File file = null;
    if (isBlank(getenv("GIT_CONFIG_NOSYSTEM"))) {
      String named = getenv("GIT_CONFIG_SYSTEM");
      file = !isBlank(named) ? new File(named) : new File("/etc/gitconfig");
    }
    if (file == null || !file.isFile()) {
      return new FileBasedConfig(parent, null, fs) {
        @Override
        public void load() {
          // no system configuration
        }

        @Override
        public boolean isOutdated() {
          return false;
        }
      };
    }
    return new FileBasedConfig(parent, file, fs);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
