import net from "node:net";
import { WebSocketServer } from "ws";

/**
 * A minimal stand-in for Neon's WebSocket gateway: each WebSocket connection is piped to the
 * Postgres TCP address named in its `?address=host:port` query, as Neon's `wsproxy` does.
 */
export async function startNeonWsProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    const upstream = net.connect(Number(port), host);
    upstream.on("data", (data) => socket.send(data));
    upstream.on("close", () => socket.close());
    upstream.on("error", () => socket.close());
    socket.on("message", (data) => upstream.write(data as Buffer));
    socket.on("close", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
