"""A bare WebKitGTK window for WebKitWebDriver, sized like a phone (MiniBrowser keeps windows >= 447 px wide).

WebKitWebDriver starts this as `webkitgtk:browserOptions.binary` with WEBKIT_INSPECTOR_SERVER set;
the automation session asks for web views through "create-web-view".
Usage: python3 webkit-phone.py WIDTH HEIGHT
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

width, height = (int(v) for v in sys.argv[1:3])
context = WebKit2.WebContext.get_default()
context.set_automation_allowed(True)
windows = []


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.add(view)
    window.show_all()
    windows.append(window)

    def closed(_view):
        window.destroy()
        windows.remove(window)
        if not windows:
            Gtk.main_quit()

    view.connect("close", closed)
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("outside-in-phone")
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
