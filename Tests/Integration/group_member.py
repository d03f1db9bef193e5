"""One confluent-kafka group member run as its own process, so a test can SIGKILL it without it
leaving the group. Prints one line per event, flushed at once: "assign p,p", "revoke p,p" and
"record partition offset key value". Every record is committed synchronously before it is printed,
so a record printed once is never handed to another member after a rebalance.

Usage: group_member.py BOOTSTRAP GROUP TOPIC SESSION_TIMEOUT_MS [GROUP_INSTANCE_ID]"""
import sys

from confluent_kafka import Consumer, KafkaException


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main():
    bootstrap, group, topic, session_timeout = sys.argv[1:5]
    config = {"bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
              "enable.auto.commit": False, "session.timeout.ms": int(session_timeout),
              "heartbeat.interval.ms": 300}
    if len(sys.argv) > 5:
        config["group.instance.id"] = sys.argv[5]
    consumer = Consumer(config)

    def partitions(assigned):
        return ",".join(str(tp.partition) for tp in sorted(assigned, key=lambda tp: tp.partition))

    consumer.subscribe([topic], on_assign=lambda c, ps: say(f"assign {partitions(ps)}"),
                       on_revoke=lambda c, ps: say(f"revoke {partitions(ps)}"))
    # Runs until the test kills it (SIGKILL) or closes stdin's parent; the test bounds every wait.
    while True:
        message = consumer.poll(0.1)
        if message is None or message.error() is not None:
            continue
        try:
            consumer.commit(message=message, asynchronous=False)
        except KafkaException:
            continue  # revoked meanwhile: the record is redelivered to its next owner
        say(f"record {message.partition()} {message.offset()} {message.key().decode()} {message.value().decode()}")


if __name__ == "__main__":
    main()
