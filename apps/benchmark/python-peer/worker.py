# The quick start's greeting as the Python SDK's hello-world worker has it, with two changes: the server address comes from
# TEMPORAL_ADDRESS (the benchmark's dev server listens on a free port), and it prints the line the benchmark
# waits for before it starts loading.
import asyncio
import concurrent.futures
import os

from temporalio.client import Client
from temporalio.worker import Worker

from activities.greet import greet
from workflows.greeting import GreetingWorkflow


async def main():
    client = await Client.connect(os.environ.get("TEMPORAL_ADDRESS", "localhost:7233"))

    with concurrent.futures.ThreadPoolExecutor(max_workers=100) as activity_executor:
        worker = Worker(
            client,
            task_queue="my-task-queue",
            workflows=[GreetingWorkflow],
            activities=[greet],
            activity_executor=activity_executor,
        )
        print("Worker polling task queue my-task-queue", flush=True)
        await worker.run()


if __name__ == "__main__":
    asyncio.run(main())
