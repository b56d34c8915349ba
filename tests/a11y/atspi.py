"""A small AT-SPI client over D-Bus (jeepney): what a screen reader asks, from Python.

Screen readers on Linux (Orca) read an app through AT-SPI: every accessible object
is a D-Bus object on the accessibility bus, with a name, a role and states. This
asks the same questions, so a test sees the app as a screen reader does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")

# AT-SPI state numbers (AtspiStateType), as bits in two 32-bit words.
FOCUSABLE = 11
SHOWING = 25
VISIBLE = 30
ITEM_CONTAINERS = {"list", "table", "tree table", "tree"}


@dataclass(frozen=True)
class Node:
    bus_name: str
    path: str
    name: str
    role: str
    states: frozenset[int]

    @property
    def focusable(self) -> bool:
        return FOCUSABLE in self.states

    @property
    def showing(self) -> bool:
        return SHOWING in self.states and VISIBLE in self.states


def accessibility_bus(session_bus_address: str) -> DBusConnection:
    """Ask the session bus where the accessibility bus is, and connect to it."""
    with open_dbus_connection(session_bus_address) as session:
        reply = session.send_and_get_reply(
            new_method_call(
                DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus"),
                "GetAddress",
            ),
            timeout=10,
        )
    (address,) = reply.body
    return open_dbus_connection(address)


class Client:
    def __init__(self, bus: DBusConnection) -> None:
        self.bus = bus

    def _call(self, bus_name: str, path: str, method: str, *args: Any, sig: str = "") -> Any:
        address = DBusAddress(path, bus_name=bus_name, interface=ACCESSIBLE)
        reply = self.bus.send_and_get_reply(
            new_method_call(address, method, sig, args)
            if sig
            else new_method_call(address, method),
            timeout=10,
        )
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{method} on {path}: {reply.body}")
        return reply.body

    def _property(self, bus_name: str, path: str, name: str) -> Any:
        address = DBusAddress(path, bus_name=bus_name, interface="org.freedesktop.DBus.Properties")
        reply = self.bus.send_and_get_reply(
            new_method_call(address, "Get", "ss", (ACCESSIBLE, name)), timeout=10
        )
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{name} of {path}: {reply.body}")
        return reply.body[0][1]

    def node(self, bus_name: str, path: str) -> Node:
        (words,) = self._call(bus_name, path, "GetState")
        states = frozenset(
            word * 32 + bit
            for word, value in enumerate(words)
            for bit in range(32)
            if value >> bit & 1
        )
        (role,) = self._call(bus_name, path, "GetRoleName")
        return Node(bus_name, path, self._property(bus_name, path, "Name"), role, states)

    def children(self, node: Node) -> list[Node]:
        (refs,) = self._call(node.bus_name, node.path, "GetChildren")
        return [self.node(bus_name, path) for bus_name, path in refs]

    def applications(self) -> list[Node]:
        return self.children(self.node(*REGISTRY))

    def walk_showing(self, root: Node) -> Iterator[tuple[Node, tuple[str, ...]]]:
        """Every object on screen under ``root``, with the roles and names above it.

        What is not showing is not entered: nothing inside it is on screen either.
        """
        stack: list[tuple[Node, tuple[str, ...]]] = [(root, ())]
        while stack:
            node, above = stack.pop()
            yield node, above
            # The rows of a list or table are named by their own text: the long
            # diary timeline is left out to keep the walk quick.
            if (node.showing or node is root) and node.role not in ITEM_CONTAINERS:
                here = (*above, f"{node.role} “{node.name}”")
                stack.extend((child, here) for child in reversed(self.children(node)))
